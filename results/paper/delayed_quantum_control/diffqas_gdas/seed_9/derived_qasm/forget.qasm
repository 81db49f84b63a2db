// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.316916735344) q[0];
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
rx(pi*-0.195761133248) q[0];
rx(pi*0.032747484271) q[1];
rx(pi*0.049443820036) q[2];
rx(pi*0.040869366563) q[3];
rx(pi*0.070130907267) q[4];
rx(pi*0.204853329289) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.209269995225) q[0];
rx(pi*0.027603120969) q[1];
rx(pi*0.030717720433) q[2];
rx(pi*0.203724261074) q[3];
rx(pi*-0.185225528508) q[4];
rx(pi*-0.061143473995) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.042083110152) q[0];
rx(pi*-0.125514269291) q[1];
rx(pi*0.009103816256) q[2];
rx(pi*-0.237681779762) q[3];
rx(pi*-0.011788777256) q[4];
rx(pi*-0.258685806742) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.167755042976) q[0];
rx(pi*0.106777371823) q[1];
rx(pi*-0.242791216607) q[2];
rx(pi*-0.000822910396) q[3];
rx(pi*0.008539268512) q[4];
rx(pi*0.168746862335) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.234595805431) q[0];
rx(pi*-0.016385033292) q[1];
rx(pi*0.037287873866) q[2];
rx(pi*0.012791045855) q[3];
rx(pi*-0.116130547495) q[4];
rx(pi*-0.002930994552) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
