// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.087315734366) q[0];
ry(pi*0.028661816892) q[1];
ry(pi*0.043293799128) q[2];
ry(pi*0.040657459944) q[3];
ry(pi*-0.057239271461) q[4];
ry(pi*0.002852183537) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.081898142153) q[0];
ry(pi*0.008490011109) q[1];
ry(pi*-0.022072199791) q[2];
ry(pi*-0.000851552353) q[3];
ry(pi*0.000791943759) q[4];
ry(pi*-0.003748528471) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.08557643618) q[0];
ry(pi*0.029170711045) q[1];
ry(pi*0.02271115213) q[2];
ry(pi*-0.026315784464) q[3];
ry(pi*0.00416061329) q[4];
ry(pi*-0.004524485096) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.085318805239) q[0];
ry(pi*0.006250603152) q[1];
ry(pi*-0.017591410711) q[2];
ry(pi*-0.007950837043) q[3];
ry(pi*-0.007251423893) q[4];
ry(pi*0.004546251285) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.086394417738) q[0];
ry(pi*0.030951405395) q[1];
ry(pi*0.029306650782) q[2];
ry(pi*0.03693048659) q[3];
ry(pi*0.019913442613) q[4];
ry(pi*0.000514981404) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
