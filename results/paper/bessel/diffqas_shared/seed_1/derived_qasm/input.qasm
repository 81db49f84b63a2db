// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
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
rz(pi*0.047862085777) q[0];
rz(pi*0.002625224414) q[1];
rz(pi*0.008665975636) q[2];
rz(pi*0.012852358661) q[3];
rz(pi*-0.030209253166) q[4];
rz(pi*-0.000204498447) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.033757569643) q[0];
rz(pi*-0.008520455254) q[1];
rz(pi*-0.000469123457) q[2];
rz(pi*-0.001954830082) q[3];
rz(pi*-0.008929539711) q[4];
rz(pi*-0.000266225651) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.034921341385) q[0];
rz(pi*0.013750082677) q[1];
rz(pi*0.001224537525) q[2];
rz(pi*0.001120481046) q[3];
rz(pi*0.015759973748) q[4];
rz(pi*0.000130926624) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.052751177873) q[0];
rz(pi*-0.012823081339) q[1];
rz(pi*-0.011546981444) q[2];
rz(pi*-0.00243689425) q[3];
rz(pi*0.000138895725) q[4];
rz(pi*-0.000318996959) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.06990391257) q[0];
rz(pi*0.042303393239) q[1];
rz(pi*0.048694130884) q[2];
rz(pi*0.013192569672) q[3];
rz(pi*0.048660283502) q[4];
rz(pi*-0.00099914862) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
