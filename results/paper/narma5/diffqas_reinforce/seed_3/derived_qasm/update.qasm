// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.005216657178) q[0];
rz(pi*0.000195323641) q[1];
rz(pi*-0.003068850833) q[2];
rz(pi*0.002410310911) q[3];
rz(pi*-0.006474916169) q[4];
rz(pi*-0.002910926424) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002258645137) q[0];
rz(pi*0.003680909302) q[1];
rz(pi*-0.006869112355) q[2];
rz(pi*-0.001585331374) q[3];
rz(pi*0.001044104249) q[4];
rz(pi*-0.001939206617) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005063168835) q[0];
rz(pi*-0.003791782779) q[1];
rz(pi*0.001128510224) q[2];
rz(pi*-0.003337160466) q[3];
rz(pi*0.004475296469) q[4];
rz(pi*-6.8947132e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001184910348) q[0];
rz(pi*-0.005469137018) q[1];
rz(pi*0.005353411558) q[2];
rz(pi*0.00239615902) q[3];
rz(pi*0.002398669351) q[4];
rz(pi*0.003621980837) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001111615511) q[0];
rz(pi*-0.002034794433) q[1];
rz(pi*-0.00254724316) q[2];
rz(pi*-0.002547115687) q[3];
rz(pi*0.004361074006) q[4];
rz(pi*-0.004648537814) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
