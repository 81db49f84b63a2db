// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.088664620836) q[0];
ry(pi*0.811932059178) q[1];
ry(pi*-0.196979411323) q[2];
ry(pi*0.173249152281) q[3];
ry(pi*-0.053317063789) q[4];
ry(pi*0.009112737598) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.016086570627) q[0];
ry(pi*-0.082204969429) q[1];
ry(pi*-0.256298105418) q[2];
ry(pi*-0.200093465321) q[3];
ry(pi*-0.044591990416) q[4];
ry(pi*0.010883823437) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.098766034245) q[0];
ry(pi*0.496244206726) q[1];
ry(pi*-0.130847992473) q[2];
ry(pi*-0.883711503749) q[3];
ry(pi*-0.241010130944) q[4];
ry(pi*-0.064592079196) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.14368493459) q[0];
ry(pi*0.513396025987) q[1];
ry(pi*0.068723665368) q[2];
ry(pi*-0.157264299298) q[3];
ry(pi*-0.261806197637) q[4];
ry(pi*-0.249684110708) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.180485263388) q[0];
ry(pi*-0.012662263587) q[1];
ry(pi*0.099625480743) q[2];
ry(pi*0.19002622183) q[3];
ry(pi*-1.078984487172) q[4];
ry(pi*-0.003636489653) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
