// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.002120349074) q[0];
rz(pi*0.003296805136) q[1];
rz(pi*-0.003520969632) q[2];
rz(pi*0.004532060262) q[3];
rz(pi*-0.002867006589) q[4];
rz(pi*-0.004814597974) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003038488211) q[0];
rz(pi*0.000492904166) q[1];
rz(pi*-0.001024269872) q[2];
rz(pi*0.001402013721) q[3];
rz(pi*0.001577554178) q[4];
rz(pi*0.001012685527) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000810186501) q[0];
rz(pi*0.005774389556) q[1];
rz(pi*-0.007053853556) q[2];
rz(pi*-0.005520604747) q[3];
rz(pi*-0.001613468107) q[4];
rz(pi*-0.00399548072) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.008135763229) q[0];
rz(pi*-0.002530781633) q[1];
rz(pi*-0.002384972065) q[2];
rz(pi*-0.007793974515) q[3];
rz(pi*0.00273330445) q[4];
rz(pi*0.004135202259) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003928902384) q[0];
rz(pi*-0.001618098643) q[1];
rz(pi*0.000469863988) q[2];
rz(pi*-0.003567649706) q[3];
rz(pi*0.00065711037) q[4];
rz(pi*-0.002145966878) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
