// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004906877565) q[0];
rx(pi*-0.00295012086) q[1];
rx(pi*0.000888489847) q[2];
rx(pi*0.003572211466) q[3];
rx(pi*0.003441978376) q[4];
rx(pi*0.001570068243) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.006901760896) q[0];
rx(pi*-0.004040496825) q[1];
rx(pi*-0.00011185301) q[2];
rx(pi*0.004846795617) q[3];
rx(pi*0.001314850547) q[4];
rx(pi*0.000654744039) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003094431433) q[0];
rx(pi*-0.001558135422) q[1];
rx(pi*0.001738753757) q[2];
rx(pi*0.002874062376) q[3];
rx(pi*0.010277808974) q[4];
rx(pi*-0.000319182129) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001845992025) q[0];
rx(pi*0.007404998206) q[1];
rx(pi*0.001271791747) q[2];
rx(pi*-0.000859897545) q[3];
rx(pi*-0.006009035606) q[4];
rx(pi*0.000616174962) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-2.5518441e-05) q[0];
rx(pi*0.003161456222) q[1];
rx(pi*-0.002636901547) q[2];
rx(pi*-0.002119340257) q[3];
rx(pi*0.0028070699) q[4];
rx(pi*-0.00304632366) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
