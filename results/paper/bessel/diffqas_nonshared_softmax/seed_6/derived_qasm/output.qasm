// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002159157236) q[0];
rz(pi*-4.5059465e-05) q[1];
rz(pi*4.6162048e-05) q[2];
rz(pi*0.000181167044) q[3];
rz(pi*-0.000655925759) q[4];
rz(pi*0.00024895643) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000665054245) q[0];
rz(pi*0.004167041198) q[1];
rz(pi*0.004279171619) q[2];
rz(pi*0.001643286151) q[3];
rz(pi*0.003808046574) q[4];
rz(pi*0.001134894183) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000816927088) q[0];
rz(pi*5.3896129e-05) q[1];
rz(pi*0.000988923421) q[2];
rz(pi*-0.002310110494) q[3];
rz(pi*-0.00471235028) q[4];
rz(pi*0.001631980765) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002600834057) q[0];
rz(pi*-0.004105300616) q[1];
rz(pi*0.005920622009) q[2];
rz(pi*-0.002013170095) q[3];
rz(pi*0.000518165713) q[4];
rz(pi*-0.001305381663) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002806081538) q[0];
rz(pi*0.001097197408) q[1];
rz(pi*-0.002505013677) q[2];
rz(pi*0.001634948518) q[3];
rz(pi*0.000781212817) q[4];
rz(pi*-0.000658957174) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
