// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
rz(pi*0.00485035775) q[0];
rz(pi*-0.002938431573) q[1];
rz(pi*-0.001443725307) q[2];
rz(pi*-0.002491767142) q[3];
rz(pi*-0.004460391597) q[4];
rz(pi*0.001981499391) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003352363566) q[0];
rz(pi*-0.00217847846) q[1];
rz(pi*0.00300040042) q[2];
rz(pi*0.002753555783) q[3];
rz(pi*-0.001978017892) q[4];
rz(pi*-0.004163325207) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00033289383) q[0];
rz(pi*-0.005086012616) q[1];
rz(pi*-0.003216507131) q[2];
rz(pi*-0.001234443449) q[3];
rz(pi*-0.000503771437) q[4];
rz(pi*-0.001767714026) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000463332212) q[0];
rz(pi*0.00439865902) q[1];
rz(pi*0.001996139683) q[2];
rz(pi*0.004389914362) q[3];
rz(pi*0.002852120097) q[4];
rz(pi*0.000738398292) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003864213318) q[0];
rz(pi*-0.004252927862) q[1];
rz(pi*-6.572384e-05) q[2];
rz(pi*-0.001300533978) q[3];
rz(pi*-0.002974826935) q[4];
rz(pi*0.001304127387) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
