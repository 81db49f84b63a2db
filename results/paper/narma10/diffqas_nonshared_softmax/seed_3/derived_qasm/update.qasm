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
rz(pi*-0.005216707575) q[0];
rz(pi*0.000195324956) q[1];
rz(pi*-0.003068785911) q[2];
rz(pi*0.002410292383) q[3];
rz(pi*-0.006474917355) q[4];
rz(pi*-0.00291090923) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00225862409) q[0];
rz(pi*0.003680875507) q[1];
rz(pi*-0.006869110576) q[2];
rz(pi*-0.00158531833) q[3];
rz(pi*0.001044095207) q[4];
rz(pi*-0.00193917549) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005063129704) q[0];
rz(pi*-0.003791779221) q[1];
rz(pi*0.001128488805) q[2];
rz(pi*-0.003337184182) q[3];
rz(pi*0.004475301509) q[4];
rz(pi*-6.8909677e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00118491057) q[0];
rz(pi*-0.005469165477) q[1];
rz(pi*0.005353408001) q[2];
rz(pi*0.002396182736) q[3];
rz(pi*0.002398680913) q[4];
rz(pi*0.003621978762) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00111163189) q[0];
rz(pi*-0.002034769086) q[1];
rz(pi*-0.002547241085) q[2];
rz(pi*-0.002547121912) q[3];
rz(pi*0.004361076674) q[4];
rz(pi*-0.004648535146) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
