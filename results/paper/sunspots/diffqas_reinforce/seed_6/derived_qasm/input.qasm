// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.138235523653) q[0];
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
ry(pi*-0.006341470162) q[0];
ry(pi*-0.012446067941) q[1];
ry(pi*-0.001745879358) q[2];
ry(pi*-0.269751737726) q[3];
ry(pi*-0.143834487274) q[4];
ry(pi*-0.276587144402) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014518559593) q[0];
ry(pi*-0.003942315523) q[1];
ry(pi*-0.267282833041) q[2];
ry(pi*-0.279693818) q[3];
ry(pi*-0.271460138792) q[4];
ry(pi*-0.257054169413) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.494218220836) q[0];
ry(pi*-0.487715008) q[1];
ry(pi*-0.490115895384) q[2];
ry(pi*-0.490493870463) q[3];
ry(pi*-0.491167706571) q[4];
ry(pi*-0.485884213738) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011752876074) q[0];
ry(pi*-0.279206142494) q[1];
ry(pi*-0.270019405251) q[2];
ry(pi*-0.263109397731) q[3];
ry(pi*-0.265489490984) q[4];
ry(pi*-0.000829331337) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005390206238) q[0];
ry(pi*-0.269723050932) q[1];
ry(pi*-0.143647501359) q[2];
ry(pi*-0.276467691982) q[3];
ry(pi*-0.001922484215) q[4];
ry(pi*-6.4031666e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
