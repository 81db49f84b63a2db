// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.007576432397) q[0];
ry(pi*0.000276616788) q[1];
ry(pi*-0.000121252552) q[2];
ry(pi*-0.000968893164) q[3];
ry(pi*-0.003333840236) q[4];
ry(pi*-0.001260285813) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.006196137729) q[0];
ry(pi*-0.004213622554) q[1];
ry(pi*0.000715639518) q[2];
ry(pi*-0.003531195646) q[3];
ry(pi*0.003725385573) q[4];
ry(pi*0.002281798856) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.011738142549) q[0];
ry(pi*0.000846179137) q[1];
ry(pi*-0.003507421015) q[2];
ry(pi*0.000104932774) q[3];
ry(pi*0.000138883672) q[4];
ry(pi*-0.006329319303) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001318114304) q[0];
ry(pi*-0.000796514635) q[1];
ry(pi*0.003062603759) q[2];
ry(pi*-0.003760515098) q[3];
ry(pi*0.002349260314) q[4];
ry(pi*-0.003498138895) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001952883004) q[0];
ry(pi*-0.002617212578) q[1];
ry(pi*0.004612130594) q[2];
ry(pi*0.001808678411) q[3];
ry(pi*0.007740444686) q[4];
ry(pi*0.002043283255) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
