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
ry(pi*0.074947594615) q[0];
ry(pi*0.086111818661) q[1];
ry(pi*0.069087102579) q[2];
ry(pi*0.089135524434) q[3];
ry(pi*0.114606191568) q[4];
ry(pi*0.001373261411) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.07503769145) q[0];
ry(pi*-0.055747705185) q[1];
ry(pi*0.007177966157) q[2];
ry(pi*-0.015262156122) q[3];
ry(pi*0.014063888366) q[4];
ry(pi*-0.002433005133) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.070037314702) q[0];
ry(pi*0.081425796626) q[1];
ry(pi*-0.038853903434) q[2];
ry(pi*0.015795266616) q[3];
ry(pi*-0.006448139693) q[4];
ry(pi*-0.003556559542) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.076984048718) q[0];
ry(pi*-0.062443690624) q[1];
ry(pi*-0.026005703362) q[2];
ry(pi*0.01839494215) q[3];
ry(pi*0.006269865827) q[4];
ry(pi*0.004637332332) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.090510024113) q[0];
ry(pi*0.121510602127) q[1];
ry(pi*0.090278955019) q[2];
ry(pi*0.107059268908) q[3];
ry(pi*-0.071344086416) q[4];
ry(pi*0.000514984183) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
