// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
rz(pi*0.707355412251) q[0];
rz(pi*0.023819476017) q[1];
rz(pi*1.8598149764) q[2];
rz(pi*0.479017900456) q[3];
rz(pi*0.541277085852) q[4];
rz(pi*0.75128468459) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.88147745259) q[0];
rz(pi*0.703638650978) q[1];
rz(pi*0.862265696338) q[2];
rz(pi*0.59701454101) q[3];
rz(pi*1.952490018698) q[4];
rz(pi*0.729714415954) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.167074850998) q[0];
rz(pi*1.315964806505) q[1];
rz(pi*1.433209860632) q[2];
rz(pi*0.744482043849) q[3];
rz(pi*0.422770306059) q[4];
rz(pi*0.818502928833) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.878136399784) q[0];
rz(pi*1.990599590409) q[1];
rz(pi*1.716870652502) q[2];
rz(pi*1.241817790695) q[3];
rz(pi*0.387835899565) q[4];
rz(pi*1.375828986069) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.517998007605) q[0];
rz(pi*0.150777478916) q[1];
rz(pi*0.758973049084) q[2];
rz(pi*0.653695624748) q[3];
rz(pi*1.140862661848) q[4];
rz(pi*1.306106415021) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
