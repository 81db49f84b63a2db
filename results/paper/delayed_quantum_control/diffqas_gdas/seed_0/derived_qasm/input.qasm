// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.000902177424) q[0];
rz(pi*0.002493897722) q[1];
rz(pi*-0.000220375227) q[2];
rz(pi*0.001831256278) q[3];
rz(pi*-0.002057925918) q[4];
rz(pi*0.005748905598) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.006576299418) q[0];
rz(pi*0.002559172868) q[1];
rz(pi*0.003079696723) q[2];
rz(pi*-0.001976830317) q[3];
rz(pi*0.004186752993) q[4];
rz(pi*-0.002224200559) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002235011467) q[0];
rz(pi*0.000555717375) q[1];
rz(pi*-0.001549613101) q[2];
rz(pi*0.002247514953) q[3];
rz(pi*-0.000488468064) q[4];
rz(pi*-0.002819693596) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004531738615) q[0];
rz(pi*0.000554545734) q[1];
rz(pi*0.000371016787) q[2];
rz(pi*-0.000776219501) q[3];
rz(pi*0.001410085143) q[4];
rz(pi*-0.004122734792) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005898901177) q[0];
rz(pi*0.003188024294) q[1];
rz(pi*0.001102917321) q[2];
rz(pi*0.004743361532) q[3];
rz(pi*-0.001455199817) q[4];
rz(pi*-0.002556559965) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
