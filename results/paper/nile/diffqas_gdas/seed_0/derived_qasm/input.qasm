// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.131963922061) q[0];
rx(pi*-0.098516912582) q[1];
rx(pi*-0.003191600657) q[2];
rx(pi*0.001833475793) q[3];
rx(pi*-0.002056679052) q[4];
rx(pi*0.005749760558) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.051539521287) q[0];
rx(pi*-0.102526897671) q[1];
rx(pi*0.000114533142) q[2];
rx(pi*-0.001976652151) q[3];
rx(pi*0.004186882542) q[4];
rx(pi*-0.002224292606) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.132976715792) q[0];
rx(pi*-0.100449059262) q[1];
rx(pi*-0.004520844404) q[2];
rx(pi*0.002247375177) q[3];
rx(pi*-0.000487713749) q[4];
rx(pi*-0.002818666103) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.062033921963) q[0];
rx(pi*-0.104529015844) q[1];
rx(pi*-0.002595181364) q[2];
rx(pi*-0.000776453919) q[3];
rx(pi*0.001410557683) q[4];
rx(pi*-0.004121918371) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.138766392046) q[0];
rx(pi*-0.097822585907) q[1];
rx(pi*-0.001869310125) q[2];
rx(pi*0.004743233763) q[3];
rx(pi*-0.001455196853) q[4];
rx(pi*-0.002556652161) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
