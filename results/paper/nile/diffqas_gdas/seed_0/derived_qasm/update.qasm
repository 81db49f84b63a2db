// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rz(pi*-0.001388713232) q[0];
rz(pi*-0.003724009752) q[1];
rz(pi*0.005535688081) q[2];
rz(pi*-0.00157856166) q[3];
rz(pi*0.001046985439) q[4];
rz(pi*-0.000823282514) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005040896608) q[0];
rz(pi*0.004202631108) q[1];
rz(pi*0.002016452677) q[2];
rz(pi*-0.007013817501) q[3];
rz(pi*0.000165874379) q[4];
rz(pi*0.002176200248) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003196204513) q[0];
rz(pi*-0.001967132871) q[1];
rz(pi*0.005800251783) q[2];
rz(pi*-0.004202361932) q[3];
rz(pi*-0.002106063188) q[4];
rz(pi*0.002976452662) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000156547958) q[0];
rz(pi*0.006373743992) q[1];
rz(pi*0.000599811301) q[2];
rz(pi*-0.002015769213) q[3];
rz(pi*-0.001201963809) q[4];
rz(pi*-0.003473280445) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004066922601) q[0];
rz(pi*0.0020066451) q[1];
rz(pi*0.001849729212) q[2];
rz(pi*0.004120649569) q[3];
rz(pi*-0.002402072292) q[4];
rz(pi*0.005376657324) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
