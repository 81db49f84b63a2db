// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.094754882333) q[0];
ry(pi*0.352254332648) q[1];
ry(pi*0.028718979409) q[2];
ry(pi*-0.36985504712) q[3];
ry(pi*0.158166472423) q[4];
ry(pi*-0.015954789478) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001023135064) q[0];
ry(pi*-0.0589413214) q[1];
ry(pi*-0.019254887868) q[2];
ry(pi*-0.022812158295) q[3];
ry(pi*-0.029977225948) q[4];
ry(pi*0.001927444106) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.13399715554) q[0];
ry(pi*0.494365980595) q[1];
ry(pi*-0.504277723445) q[2];
ry(pi*0.432109299602) q[3];
ry(pi*0.014485235147) q[4];
ry(pi*-0.00496309352) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.058389565438) q[0];
ry(pi*-0.112430994504) q[1];
ry(pi*-0.131903598209) q[2];
ry(pi*-0.10691689741) q[3];
ry(pi*0.158504111441) q[4];
ry(pi*0.492089592381) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.089536551402) q[0];
ry(pi*0.466455778589) q[1];
ry(pi*-0.027036867456) q[2];
ry(pi*-0.012462619292) q[3];
ry(pi*0.005972903787) q[4];
ry(pi*0.004425757439) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
