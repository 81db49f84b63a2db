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
rz(pi*0.030359911972) q[0];
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
ry(pi*0.037412909017) q[0];
ry(pi*-0.017735779091) q[1];
ry(pi*-0.000875737789) q[2];
ry(pi*-0.012151188753) q[3];
ry(pi*-0.013869191215) q[4];
ry(pi*-0.000400448262) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.037194490002) q[0];
ry(pi*0.163385353564) q[1];
ry(pi*-0.008294821852) q[2];
ry(pi*0.002104652683) q[3];
ry(pi*-0.000129776003) q[4];
ry(pi*-0.000307662836) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.030367934113) q[0];
ry(pi*-0.063954618589) q[1];
ry(pi*0.002166065688) q[2];
ry(pi*-0.004291574756) q[3];
ry(pi*-0.001513866814) q[4];
ry(pi*0.00210152381) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.030165675137) q[0];
ry(pi*0.143629496222) q[1];
ry(pi*0.000189085349) q[2];
ry(pi*0.000143121552) q[3];
ry(pi*0.004391387121) q[4];
ry(pi*-0.000827229438) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.020542813714) q[0];
ry(pi*-0.095206054273) q[1];
ry(pi*0.00337499924) q[2];
ry(pi*-0.001875127792) q[3];
ry(pi*0.001724495441) q[4];
ry(pi*0.004002561112) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
