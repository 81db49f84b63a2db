// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*0.112182356646) q[0];
ry(pi*-0.231993712057) q[1];
ry(pi*-0.066090347595) q[2];
ry(pi*0.009070836878) q[3];
ry(pi*0.08416622979) q[4];
ry(pi*-0.341874911567) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.312251489417) q[0];
ry(pi*0.131511478946) q[1];
ry(pi*0.132879660701) q[2];
ry(pi*-0.025903509028) q[3];
ry(pi*-0.228297669024) q[4];
ry(pi*-0.210338881885) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.160264108895) q[0];
ry(pi*0.064739739348) q[1];
ry(pi*0.006896921067) q[2];
ry(pi*0.055518547595) q[3];
ry(pi*-0.302270552956) q[4];
ry(pi*0.205970046246) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.119865864116) q[0];
ry(pi*0.071504116799) q[1];
ry(pi*-0.0082888318) q[2];
ry(pi*-0.029214943635) q[3];
ry(pi*-0.224105052266) q[4];
ry(pi*0.098417248738) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.191205529881) q[0];
ry(pi*-0.164249125848) q[1];
ry(pi*0.085404922541) q[2];
ry(pi*0.372450291332) q[3];
ry(pi*-0.461838343038) q[4];
ry(pi*-0.001465941505) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
