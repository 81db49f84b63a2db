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
rz(pi*0.001837603403) q[0];
rz(pi*-0.002325891077) q[1];
rz(pi*0.00216300485) q[2];
rz(pi*0.005206034218) q[3];
rz(pi*-0.000810181461) q[4];
rz(pi*0.007020712317) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000136789527) q[0];
rz(pi*-0.007770583489) q[1];
rz(pi*-0.001370477012) q[2];
rz(pi*0.000329899397) q[3];
rz(pi*0.000628424539) q[4];
rz(pi*-0.000147834863) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001117192906) q[0];
rz(pi*-0.000714145785) q[1];
rz(pi*0.004129172779) q[2];
rz(pi*0.000918998988) q[3];
rz(pi*-0.0005559376) q[4];
rz(pi*0.005721831488) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004189950791) q[0];
rz(pi*-0.006124086348) q[1];
rz(pi*-0.002317074975) q[2];
rz(pi*-0.008262318571) q[3];
rz(pi*0.001465736955) q[4];
rz(pi*-0.001105519107) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006567587369) q[0];
rz(pi*-0.003115181097) q[1];
rz(pi*-0.003936452351) q[2];
rz(pi*0.002021730214) q[3];
rz(pi*0.001880551033) q[4];
rz(pi*0.001982100146) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
