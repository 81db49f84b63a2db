// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.500049532785) q[0];
ry(pi*-0.006435981719) q[1];
ry(pi*-6.3900223e-05) q[2];
ry(pi*-5.51835e-07) q[3];
ry(pi*0.001292906933) q[4];
ry(pi*-9.7450156e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.332817245926) q[0];
ry(pi*0.29296316801) q[1];
ry(pi*0.000445189744) q[2];
ry(pi*7.62041e-07) q[3];
ry(pi*-0.000102028174) q[4];
ry(pi*0.167111999638) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000515996149) q[0];
ry(pi*-0.000191052457) q[1];
ry(pi*-0.499999862132) q[2];
ry(pi*-0.500023312448) q[3];
ry(pi*0.000445563196) q[4];
ry(pi*-0.000430510618) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005858579938) q[0];
ry(pi*1.8142491e-05) q[1];
ry(pi*-0.000198530591) q[2];
ry(pi*0.040550780927) q[3];
ry(pi*0.203779187179) q[4];
ry(pi*0.000364106409) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-3.20641e-07) q[0];
ry(pi*0.400012684926) q[1];
ry(pi*-0.354703410811) q[2];
ry(pi*-0.003592755098) q[3];
ry(pi*0.000656735732) q[4];
ry(pi*-0.002146083234) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
