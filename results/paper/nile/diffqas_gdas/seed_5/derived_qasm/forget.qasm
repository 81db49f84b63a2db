// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.002254603942) q[0];
rz(pi*-0.001607224146) q[1];
rz(pi*-0.000628260677) q[2];
rz(pi*-0.002536834533) q[3];
rz(pi*0.006474293626) q[4];
rz(pi*-0.000487504974) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000548886075) q[0];
rz(pi*0.002819234989) q[1];
rz(pi*-0.000967131663) q[2];
rz(pi*-0.004916923635) q[3];
rz(pi*0.000294518891) q[4];
rz(pi*0.001008039872) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001287164713) q[0];
rz(pi*-0.000188845837) q[1];
rz(pi*0.003372156885) q[2];
rz(pi*-0.004309277516) q[3];
rz(pi*-0.004050426686) q[4];
rz(pi*0.000918033305) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004090613041) q[0];
rz(pi*-0.002271077771) q[1];
rz(pi*-0.002410888097) q[2];
rz(pi*0.002994479441) q[3];
rz(pi*-0.003700496292) q[4];
rz(pi*-0.000230781538) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006551728524) q[0];
rz(pi*0.002575175788) q[1];
rz(pi*0.002536952519) q[2];
rz(pi*-0.00307044484) q[3];
rz(pi*-0.003658147637) q[4];
rz(pi*-0.00173416502) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
