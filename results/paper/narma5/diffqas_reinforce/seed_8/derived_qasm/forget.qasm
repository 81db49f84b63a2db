// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*0.030359911972) q[0];
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
rz(pi*-0.001897240233) q[0];
rz(pi*-0.000921296321) q[1];
rz(pi*0.000118705784) q[2];
rz(pi*-0.003607974799) q[3];
rz(pi*0.000552368537) q[4];
rz(pi*-0.005843661429) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002560144332) q[0];
rz(pi*-0.000675552177) q[1];
rz(pi*0.002077538106) q[2];
rz(pi*-0.006524890386) q[3];
rz(pi*0.003932301174) q[4];
rz(pi*-0.001387200007) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000604200787) q[0];
rz(pi*-0.000110160387) q[1];
rz(pi*-0.000675422777) q[2];
rz(pi*-0.00193905276) q[3];
rz(pi*-0.006825164356) q[4];
rz(pi*0.003520773383) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005513373758) q[0];
rz(pi*-0.002342353493) q[1];
rz(pi*0.003886288703) q[2];
rz(pi*0.002628613421) q[3];
rz(pi*0.000776141387) q[4];
rz(pi*-0.00075969409) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001580280176) q[0];
rz(pi*-0.002359838955) q[1];
rz(pi*-0.001355220107) q[2];
rz(pi*-0.001984280974) q[3];
rz(pi*-0.002650671019) q[4];
rz(pi*-0.002024525285) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
