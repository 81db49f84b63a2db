// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.005488448904) q[0];
rx(pi*0.005322736775) q[1];
rx(pi*-0.002309551688) q[2];
rx(pi*-0.000740673095) q[3];
rx(pi*-0.000870670953) q[4];
rx(pi*-0.002596234648) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005320863809) q[0];
rx(pi*-0.00197079639) q[1];
rx(pi*-0.003435646221) q[2];
rx(pi*0.001326579707) q[3];
rx(pi*0.001176382098) q[4];
rx(pi*0.005065857629) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004848445949) q[0];
rx(pi*-0.000367219903) q[1];
rx(pi*-0.006721219787) q[2];
rx(pi*0.002328533477) q[3];
rx(pi*0.002692053546) q[4];
rx(pi*0.005912622031) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005370476952) q[0];
rx(pi*-0.003636694796) q[1];
rx(pi*0.005226321422) q[2];
rx(pi*0.005394693292) q[3];
rx(pi*0.004256940302) q[4];
rx(pi*-6.2039407e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003931463705) q[0];
rx(pi*-0.001720547775) q[1];
rx(pi*-0.004016917553) q[2];
rx(pi*-0.0001657923) q[3];
rx(pi*0.000310652322) q[4];
rx(pi*0.002594581055) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
