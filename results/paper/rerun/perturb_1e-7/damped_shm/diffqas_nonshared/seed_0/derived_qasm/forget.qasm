// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.014505725715) q[0];
rx(pi*-0.076980183021) q[1];
rx(pi*-0.006743810993) q[2];
rx(pi*0.091764720378) q[3];
rx(pi*0.000989789941) q[4];
rx(pi*0.001151137745) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.098458097064) q[0];
rx(pi*0.008931040336) q[1];
rx(pi*-0.102026406073) q[2];
rx(pi*0.08970874806) q[3];
rx(pi*0.000788954958) q[4];
rx(pi*0.00013144139) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.142426842204) q[0];
rx(pi*-0.160520222016) q[1];
rx(pi*-0.010382678465) q[2];
rx(pi*0.086205610439) q[3];
rx(pi*0.000962443171) q[4];
rx(pi*-0.001006753801) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.114699907455) q[0];
rx(pi*-0.080375028941) q[1];
rx(pi*-0.097381384146) q[2];
rx(pi*0.095106248133) q[3];
rx(pi*0.000655548157) q[4];
rx(pi*0.001118915275) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.1290231936) q[0];
rx(pi*-0.07539127232) q[1];
rx(pi*-0.011149315024) q[2];
rx(pi*0.088496588696) q[3];
rx(pi*0.00123794985) q[4];
rx(pi*0.000701051328) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
