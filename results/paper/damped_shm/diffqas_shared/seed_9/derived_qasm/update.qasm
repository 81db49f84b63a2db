// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.002265593758) q[0];
ry(pi*-0.006160491493) q[1];
ry(pi*-0.052970901264) q[2];
ry(pi*-0.003427028443) q[3];
ry(pi*-0.000254648551) q[4];
ry(pi*0.002026583828) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.131509107353) q[0];
ry(pi*-0.313054662745) q[1];
ry(pi*-0.504972012175) q[2];
ry(pi*0.00527524028) q[3];
ry(pi*0.001579735303) q[4];
ry(pi*-0.007342773523) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.05238962845) q[0];
ry(pi*0.026685224179) q[1];
ry(pi*0.045795246818) q[2];
ry(pi*-0.00091382054) q[3];
ry(pi*-0.001688588774) q[4];
ry(pi*-0.164760346534) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.02464591942) q[0];
ry(pi*-0.262682909336) q[1];
ry(pi*0.118498441271) q[2];
ry(pi*0.481037359721) q[3];
ry(pi*0.486253613136) q[4];
ry(pi*-0.181784593041) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.150601373871) q[0];
ry(pi*-0.026576270804) q[1];
ry(pi*0.014478650418) q[2];
ry(pi*0.001995072465) q[3];
ry(pi*0.019084989284) q[4];
ry(pi*0.00285373278) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
