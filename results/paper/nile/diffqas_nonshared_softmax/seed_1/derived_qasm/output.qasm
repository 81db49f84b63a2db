// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.193341292089) q[0];
rx(pi*0.095446771009) q[1];
rx(pi*0.002850280036) q[2];
rx(pi*-0.003864156696) q[3];
rx(pi*0.001200167772) q[4];
rx(pi*-0.001069781121) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.262031916417) q[0];
rx(pi*0.090966897364) q[1];
rx(pi*-0.002449318584) q[2];
rx(pi*0.00469403387) q[3];
rx(pi*-0.001118533301) q[4];
rx(pi*0.001633809116) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.05838248386) q[0];
rx(pi*0.098285226873) q[1];
rx(pi*0.001356302146) q[2];
rx(pi*-0.00045329396) q[3];
rx(pi*-0.001829905359) q[4];
rx(pi*-0.000575446958) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.109432237894) q[0];
rx(pi*0.08959567997) q[1];
rx(pi*0.002925645126) q[2];
rx(pi*0.00119299889) q[3];
rx(pi*0.00271042302) q[4];
rx(pi*0.000815517398) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00573866743) q[0];
rx(pi*0.090841449557) q[1];
rx(pi*-0.000404188524) q[2];
rx(pi*0.00189383003) q[3];
rx(pi*0.004319395623) q[4];
rx(pi*-0.00592256968) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
