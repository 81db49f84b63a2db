// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004144213129) q[0];
rz(pi*0.000864517706) q[1];
rz(pi*0.006833170263) q[2];
rz(pi*0.002520165492) q[3];
rz(pi*0.001180857517) q[4];
rz(pi*0.003997828894) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003728907982) q[0];
rz(pi*-0.005156909031) q[1];
rz(pi*-0.002559091344) q[2];
rz(pi*-0.000718563322) q[3];
rz(pi*0.000908685892) q[4];
rz(pi*0.000895612705) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004912764157) q[0];
rz(pi*0.001201741547) q[1];
rz(pi*0.001424580619) q[2];
rz(pi*-0.002862367159) q[3];
rz(pi*-0.003718992053) q[4];
rz(pi*0.001815520755) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001409072028) q[0];
rz(pi*0.002705244942) q[1];
rz(pi*0.003222977135) q[2];
rz(pi*0.001197473494) q[3];
rz(pi*-0.004565003178) q[4];
rz(pi*-0.002835378425) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005824414763) q[0];
rz(pi*-0.00162140331) q[1];
rz(pi*-0.002832451286) q[2];
rz(pi*0.004976898566) q[3];
rz(pi*0.002052903031) q[4];
rz(pi*-0.00079131084) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
