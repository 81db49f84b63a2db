// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.076644071309) q[0];
ry(pi*0.093605266631) q[1];
ry(pi*0.076918924762) q[2];
ry(pi*0.094918740468) q[3];
ry(pi*0.119260130687) q[4];
ry(pi*-0.000697176441) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.072498378899) q[0];
ry(pi*-0.059898425373) q[1];
ry(pi*0.014439893838) q[2];
ry(pi*-0.019281679759) q[3];
ry(pi*0.017174482209) q[4];
ry(pi*0.001718411562) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.06847769318) q[0];
ry(pi*0.077813546734) q[1];
ry(pi*-0.04668218957) q[2];
ry(pi*0.026242272182) q[3];
ry(pi*-0.021095824249) q[4];
ry(pi*-0.002505001227) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.079454784273) q[0];
ry(pi*-0.06828623444) q[1];
ry(pi*-0.036194386668) q[2];
ry(pi*0.025430831479) q[3];
ry(pi*0.013703690751) q[4];
ry(pi*-0.00064969373) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.09275014592) q[0];
ry(pi*0.130540045805) q[1];
ry(pi*0.109675639275) q[2];
ry(pi*0.112478189214) q[3];
ry(pi*-0.078250394249) q[4];
ry(pi*-0.005564502942) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
