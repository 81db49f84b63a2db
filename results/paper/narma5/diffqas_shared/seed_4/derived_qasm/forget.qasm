// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007501274229) q[0];
rz(pi*0.016005500076) q[1];
rz(pi*-0.002668002031) q[2];
rz(pi*0.016635781869) q[3];
rz(pi*-0.009445365439) q[4];
rz(pi*-0.000515013569) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00066861786) q[0];
rz(pi*-0.001843778439) q[1];
rz(pi*0.000505923251) q[2];
rz(pi*0.002432705868) q[3];
rz(pi*-0.000146052073) q[4];
rz(pi*0.002447410192) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005550084246) q[0];
rz(pi*0.020703418023) q[1];
rz(pi*-0.010192355718) q[2];
rz(pi*0.002512042488) q[3];
rz(pi*-0.008316259871) q[4];
rz(pi*0.003887320346) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000187230115) q[0];
rz(pi*-0.003447227305) q[1];
rz(pi*-0.009733324317) q[2];
rz(pi*0.001571305474) q[3];
rz(pi*0.003046925452) q[4];
rz(pi*-0.000185050917) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.025631821653) q[0];
rz(pi*0.017052987847) q[1];
rz(pi*-0.007153528072) q[2];
rz(pi*0.019215538389) q[3];
rz(pi*0.016876268561) q[4];
rz(pi*-0.006741995538) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
