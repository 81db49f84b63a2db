// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*0.387124004126) q[0];
ry(pi*-0.268312389195) q[1];
ry(pi*0.008936761806) q[2];
ry(pi*-1.2042378e-05) q[3];
ry(pi*0.000551995493) q[4];
ry(pi*0.001989375602) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.226401210083) q[0];
ry(pi*0.00426677115) q[1];
ry(pi*-1.2496064e-05) q[2];
ry(pi*-3.127635e-05) q[3];
ry(pi*-1.2366688e-05) q[4];
ry(pi*2.6933552e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005051218376) q[0];
ry(pi*-0.500064597147) q[1];
ry(pi*-2.2573e-07) q[2];
ry(pi*-5.149135e-06) q[3];
ry(pi*-0.000170787932) q[4];
ry(pi*1.4899207e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000235657386) q[0];
ry(pi*0.001218259695) q[1];
ry(pi*0.499995232781) q[2];
ry(pi*-0.000506343764) q[3];
ry(pi*0.145435455156) q[4];
ry(pi*-2.00735e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00054546657) q[0];
ry(pi*-0.002278854523) q[1];
ry(pi*-0.085203175829) q[2];
ry(pi*0.013539770955) q[3];
ry(pi*-0.072001596473) q[4];
ry(pi*0.002439188767) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
