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
rz(pi*0.006880978623) q[0];
rz(pi*0.046498865396) q[1];
rz(pi*0.084911422401) q[2];
rz(pi*0.03171953843) q[3];
rz(pi*0.232089050114) q[4];
rz(pi*0.013603520573) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002048160733) q[0];
rz(pi*-0.062334578352) q[1];
rz(pi*0.025616529618) q[2];
rz(pi*0.012238115954) q[3];
rz(pi*0.008668591503) q[4];
rz(pi*0.050252443286) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.007975836009) q[0];
rz(pi*0.138384413717) q[1];
rz(pi*-0.120112860832) q[2];
rz(pi*0.093361618606) q[3];
rz(pi*-0.054366048036) q[4];
rz(pi*0.069227600519) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.022391437615) q[0];
rz(pi*-0.096316794814) q[1];
rz(pi*-0.031231239194) q[2];
rz(pi*-0.007908337495) q[3];
rz(pi*0.159148331089) q[4];
rz(pi*0.004864848186) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.010813819927) q[0];
rz(pi*0.066539731353) q[1];
rz(pi*0.064492704686) q[2];
rz(pi*0.063168805325) q[3];
rz(pi*-0.095548578773) q[4];
rz(pi*0.000145807799) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
