// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.045174956548) q[0];
ry(pi*-0.012246897965) q[1];
ry(pi*-0.221463666332) q[2];
ry(pi*0.00356596795) q[3];
ry(pi*8.0772e-08) q[4];
ry(pi*-1.0037e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.121883890938) q[0];
ry(pi*-0.175052265303) q[1];
ry(pi*-0.185201736683) q[2];
ry(pi*-0.002941013052) q[3];
ry(pi*-3.216e-09) q[4];
ry(pi*-4.6924e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.22748250492) q[0];
ry(pi*-0.175447790175) q[1];
ry(pi*-0.222611802159) q[2];
ry(pi*0.001006945678) q[3];
ry(pi*5.1389e-08) q[4];
ry(pi*-6.367e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.07621619316) q[0];
ry(pi*-0.07433125542) q[1];
ry(pi*-0.071411292631) q[2];
ry(pi*0.001520064529) q[3];
ry(pi*-0.009442259244) q[4];
ry(pi*-0.00424765996) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.201709146569) q[0];
ry(pi*-0.32189285164) q[1];
ry(pi*-0.086272840371) q[2];
ry(pi*0.021385184739) q[3];
ry(pi*0.046947143992) q[4];
ry(pi*0.003535576276) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
