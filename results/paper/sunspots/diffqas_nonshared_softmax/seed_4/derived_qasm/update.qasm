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
ry(pi*0.112182366132) q[0];
ry(pi*-0.231993446439) q[1];
ry(pi*-0.066090200556) q[2];
ry(pi*0.009070980359) q[3];
ry(pi*0.084166798972) q[4];
ry(pi*-0.341874835676) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.31225150839) q[0];
ry(pi*0.13151178251) q[1];
ry(pi*0.132879717619) q[2];
ry(pi*-0.025903421279) q[3];
ry(pi*-0.228296986005) q[4];
ry(pi*-0.210338881885) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.160264184786) q[0];
ry(pi*0.064740142519) q[1];
ry(pi*0.006896710588) q[2];
ry(pi*0.055518889104) q[3];
ry(pi*-0.302270970356) q[4];
ry(pi*0.205970008301) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.119865702847) q[0];
ry(pi*0.071504221149) q[1];
ry(pi*-0.008288701362) q[2];
ry(pi*-0.029215273286) q[3];
ry(pi*-0.224105128157) q[4];
ry(pi*0.098417172847) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.191205586799) q[0];
ry(pi*-0.164249315575) q[1];
ry(pi*0.085405245078) q[2];
ry(pi*0.372450253386) q[3];
ry(pi*-0.461838001528) q[4];
ry(pi*-0.001465194305) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
