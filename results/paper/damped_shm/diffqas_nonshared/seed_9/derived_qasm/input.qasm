// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.073687723534) q[0];
ry(pi*0.038898335237) q[1];
ry(pi*-0.041111890454) q[2];
ry(pi*0.039076947056) q[3];
ry(pi*-0.109309028871) q[4];
ry(pi*0.044093329688) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.026184296208) q[0];
ry(pi*-0.145657275036) q[1];
ry(pi*0.516023827434) q[2];
ry(pi*-0.020560437025) q[3];
ry(pi*-0.067350493781) q[4];
ry(pi*-0.141993590024) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000120244884) q[0];
ry(pi*-0.115260485745) q[1];
ry(pi*0.091300163164) q[2];
ry(pi*0.025003731212) q[3];
ry(pi*0.106382397162) q[4];
ry(pi*-0.058781172436) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018433978578) q[0];
ry(pi*-0.38452576222) q[1];
ry(pi*0.090457725734) q[2];
ry(pi*0.655364315853) q[3];
ry(pi*-1.037884810424) q[4];
ry(pi*0.462006934874) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.087789056989) q[0];
ry(pi*-0.201078302708) q[1];
ry(pi*0.083637686984) q[2];
ry(pi*0.105277965059) q[3];
ry(pi*0.080471875331) q[4];
ry(pi*0.001415084165) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
