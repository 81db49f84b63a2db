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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010146905315) q[0];
ry(pi*0.002449155092) q[1];
ry(pi*0.006213225653) q[2];
ry(pi*-0.003836653031) q[3];
ry(pi*0.010287157795) q[4];
ry(pi*-0.001686331017) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007112245152) q[0];
ry(pi*-0.001287672975) q[1];
ry(pi*-0.023869535612) q[2];
ry(pi*-0.024145627036) q[3];
ry(pi*0.004081599504) q[4];
ry(pi*0.002280773142) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002106201185) q[0];
ry(pi*-0.000753963579) q[1];
ry(pi*0.083239695656) q[2];
ry(pi*0.000663156303) q[3];
ry(pi*-0.00023128591) q[4];
ry(pi*0.113313454945) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.026609710272) q[0];
ry(pi*-0.006110606804) q[1];
ry(pi*0.008646695174) q[2];
ry(pi*-0.012406883288) q[3];
ry(pi*-0.005246508425) q[4];
ry(pi*0.003658305941) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.123401264894) q[0];
ry(pi*-0.185555749182) q[1];
ry(pi*0.050430161013) q[2];
ry(pi*0.071941808602) q[3];
ry(pi*0.074874388268) q[4];
ry(pi*0.004867144778) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
