// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00347982545) q[0];
rz(pi*0.00140725598) q[1];
rz(pi*-0.001756693527) q[2];
rz(pi*-0.004327390857) q[3];
rz(pi*-0.003898658934) q[4];
rz(pi*0.000944689052) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003462293149) q[0];
rz(pi*-0.001576074155) q[1];
rz(pi*-0.000785477165) q[2];
rz(pi*-0.00204223175) q[3];
rz(pi*-0.001424447809) q[4];
rz(pi*0.001930526585) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003559785502) q[0];
rz(pi*0.001483889873) q[1];
rz(pi*0.002052248323) q[2];
rz(pi*0.001699230114) q[3];
rz(pi*-0.001398422832) q[4];
rz(pi*0.000588435138) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005382893429) q[0];
rz(pi*0.000255829364) q[1];
rz(pi*-0.001363055852) q[2];
rz(pi*0.003937420851) q[3];
rz(pi*-0.005915677829) q[4];
rz(pi*-0.003407138482) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007254027903) q[0];
rz(pi*0.002337803739) q[1];
rz(pi*0.004399694813) q[2];
rz(pi*-0.002512128754) q[3];
rz(pi*-0.004628458125) q[4];
rz(pi*0.001535688883) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
