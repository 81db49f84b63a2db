// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.016423212389) q[0];
ry(pi*-0.0377327848) q[1];
ry(pi*-0.01360099364) q[2];
ry(pi*0.224076593145) q[3];
ry(pi*-0.017436863452) q[4];
ry(pi*-0.083959673486) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.005202500544) q[0];
ry(pi*0.441176223943) q[1];
ry(pi*-0.076283612819) q[2];
ry(pi*0.08260760908) q[3];
ry(pi*-0.022872655273) q[4];
ry(pi*0.08117731055) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.021460015627) q[0];
ry(pi*-0.422727617376) q[1];
ry(pi*-0.11515656252) q[2];
ry(pi*0.420388505258) q[3];
ry(pi*0.077937875149) q[4];
ry(pi*-0.00393877088) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.069882677322) q[0];
ry(pi*0.294322717165) q[1];
ry(pi*0.409568954376) q[2];
ry(pi*0.528993294194) q[3];
ry(pi*-0.424091150808) q[4];
ry(pi*0.014553168256) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.453562126929) q[0];
ry(pi*0.364488263925) q[1];
ry(pi*-0.092563454083) q[2];
ry(pi*-0.075649889843) q[3];
ry(pi*-0.061483977898) q[4];
ry(pi*-0.002119776779) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
