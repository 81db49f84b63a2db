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
ry(pi*-0.056349914426) q[0];
ry(pi*-0.008189055305) q[1];
ry(pi*-0.023320575758) q[2];
ry(pi*-0.009107440644) q[3];
ry(pi*-0.156269776323) q[4];
ry(pi*0.008789580715) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.038844775171) q[0];
ry(pi*-0.40581329897) q[1];
ry(pi*0.059002797845) q[2];
ry(pi*-0.300778744777) q[3];
ry(pi*0.084462223626) q[4];
ry(pi*-6.2834989e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.110222272595) q[0];
ry(pi*-0.004598257365) q[1];
ry(pi*0.046402758942) q[2];
ry(pi*-0.076929909983) q[3];
ry(pi*-0.317525552794) q[4];
ry(pi*-0.005590827629) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.051315861051) q[0];
ry(pi*-0.117165994687) q[1];
ry(pi*0.332662276523) q[2];
ry(pi*-0.135116367413) q[3];
ry(pi*-0.014506922184) q[4];
ry(pi*-0.059256705385) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.802147964974) q[0];
ry(pi*-0.001064740744) q[1];
ry(pi*-0.168758113174) q[2];
ry(pi*-0.005821788223) q[3];
ry(pi*0.128132650769) q[4];
ry(pi*0.003115214596) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
