// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.007042904502) q[0];
rz(pi*-0.001338979435) q[1];
rz(pi*-0.002558013455) q[2];
rz(pi*0.002270179827) q[3];
rz(pi*-0.000896873948) q[4];
rz(pi*0.002996604389) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003881390177) q[0];
rz(pi*0.001862295693) q[1];
rz(pi*0.00081586743) q[2];
rz(pi*-0.002540819106) q[3];
rz(pi*0.00350588274) q[4];
rz(pi*0.004234597816) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004104094364) q[0];
rz(pi*-0.001501952521) q[1];
rz(pi*0.002061137352) q[2];
rz(pi*0.001245136371) q[3];
rz(pi*0.004223573168) q[4];
rz(pi*-0.002804331006) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000386052505) q[0];
rz(pi*0.000309327065) q[1];
rz(pi*0.000405514542) q[2];
rz(pi*0.003932431908) q[3];
rz(pi*0.003022726601) q[4];
rz(pi*0.005148533156) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000245835654) q[0];
rz(pi*-0.001263699278) q[1];
rz(pi*0.003103797152) q[2];
rz(pi*0.001764112909) q[3];
rz(pi*-0.003218787418) q[4];
rz(pi*-0.003369075) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
