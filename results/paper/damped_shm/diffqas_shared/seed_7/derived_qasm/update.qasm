// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.136495314956) q[0];
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
rz(pi*0.030726457383) q[0];
rz(pi*-0.001968989977) q[1];
rz(pi*-0.017189358029) q[2];
rz(pi*0.068959188314) q[3];
rz(pi*-0.005167736541) q[4];
rz(pi*0.001838436425) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.109690020617) q[0];
rz(pi*0.021317172182) q[1];
rz(pi*0.014557396807) q[2];
rz(pi*0.000228414521) q[3];
rz(pi*-0.003791435933) q[4];
rz(pi*0.020210140813) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.025022843884) q[0];
rz(pi*0.029346180502) q[1];
rz(pi*-0.04236597959) q[2];
rz(pi*-0.013753162191) q[3];
rz(pi*0.002050324219) q[4];
rz(pi*-0.056971086929) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002073727845) q[0];
rz(pi*-0.02050687933) q[1];
rz(pi*-0.025899676533) q[2];
rz(pi*-0.044978934862) q[3];
rz(pi*-0.044997883894) q[4];
rz(pi*-0.036923561537) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007897327372) q[0];
rz(pi*0.009012083614) q[1];
rz(pi*-0.007739593284) q[2];
rz(pi*0.00579349037) q[3];
rz(pi*-0.020756876111) q[4];
rz(pi*0.002078945499) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
