// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.0021219582) q[0];
rz(pi*-0.001862786168) q[1];
rz(pi*0.001064009774) q[2];
rz(pi*0.001060545024) q[3];
rz(pi*0.001046090236) q[4];
rz(pi*0.001925619758) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002856533632) q[0];
rz(pi*0.001139225157) q[1];
rz(pi*-0.001714342056) q[2];
rz(pi*-0.004673242111) q[3];
rz(pi*-0.000662710814) q[4];
rz(pi*0.000889254389) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005812160739) q[0];
rz(pi*0.00439124364) q[1];
rz(pi*0.00301257707) q[2];
rz(pi*-0.002555496898) q[3];
rz(pi*0.003835183532) q[4];
rz(pi*-0.002469138583) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003321395299) q[0];
rz(pi*0.004774910544) q[1];
rz(pi*-0.003229453956) q[2];
rz(pi*0.003134394265) q[3];
rz(pi*-0.003016234068) q[4];
rz(pi*-0.000625318345) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003038118836) q[0];
rz(pi*-0.002638933113) q[1];
rz(pi*-0.00207571272) q[2];
rz(pi*0.000745310227) q[3];
rz(pi*-0.000874529017) q[4];
rz(pi*-0.000419836965) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
