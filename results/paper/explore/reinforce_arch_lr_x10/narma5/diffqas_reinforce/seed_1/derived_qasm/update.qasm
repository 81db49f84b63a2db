// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002198864826) q[0];
rx(pi*0.002373041913) q[1];
rx(pi*0.001098005529) q[2];
rx(pi*-0.001789221266) q[3];
rx(pi*0.046469125614) q[4];
rx(pi*-0.000966143154) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000155929528) q[0];
rx(pi*0.333166761884) q[1];
rx(pi*-0.059463157339) q[2];
rx(pi*-0.001446262764) q[3];
rx(pi*-0.001159123197) q[4];
rx(pi*0.003640689745) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.266637285301) q[0];
rx(pi*-0.000685745953) q[1];
rx(pi*-0.006439624487) q[2];
rx(pi*-0.001980555942) q[3];
rx(pi*-0.075045033904) q[4];
rx(pi*-0.500066722095) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.040338252951) q[0];
rx(pi*0.499730942406) q[1];
rx(pi*0.001609602706) q[2];
rx(pi*7.593606e-05) q[3];
rx(pi*-0.005767050067) q[4];
rx(pi*0.000848772549) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000926794712) q[0];
rx(pi*-0.000151147432) q[1];
rx(pi*-0.044346634843) q[2];
rx(pi*0.014540477859) q[3];
rx(pi*-0.000590382031) q[4];
rx(pi*-0.00412339291) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
