// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.108902082406) q[0];
ry(pi*-0.039244073247) q[1];
ry(pi*-0.002807496787) q[2];
ry(pi*-0.002440528421) q[3];
ry(pi*-0.001522659645) q[4];
ry(pi*0.00214819499) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.107513372138) q[0];
ry(pi*-0.001457698884) q[1];
ry(pi*-2.4439004e-05) q[2];
ry(pi*0.000721470303) q[3];
ry(pi*0.000572532307) q[4];
ry(pi*-0.003130949822) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.111564044285) q[0];
ry(pi*-0.035059832957) q[1];
ry(pi*-0.002718099868) q[2];
ry(pi*-0.002353026998) q[3];
ry(pi*0.003094254156) q[4];
ry(pi*0.001348714826) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.113617246581) q[0];
ry(pi*-0.017765236654) q[1];
ry(pi*0.001089535383) q[2];
ry(pi*-0.001722195736) q[3];
ry(pi*0.000765008609) q[4];
ry(pi*-0.001790180427) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.104972389985) q[0];
ry(pi*-0.031094092315) q[1];
ry(pi*0.002735900455) q[2];
ry(pi*-0.007028779292) q[3];
ry(pi*-0.001366757909) q[4];
ry(pi*0.000459516281) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
