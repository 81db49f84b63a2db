// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.074364187366) q[0];
rx(pi*0.065394161591) q[1];
rx(pi*0.044585781584) q[2];
rx(pi*0.071563724429) q[3];
rx(pi*0.04279632894) q[4];
rx(pi*-0.002094739274) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.174832086566) q[0];
rx(pi*0.144434690147) q[1];
rx(pi*0.1171271385) q[2];
rx(pi*0.063443061136) q[3];
rx(pi*0.043656804709) q[4];
rx(pi*-0.005403388147) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.178119513532) q[0];
rx(pi*0.112515641418) q[1];
rx(pi*0.076316340808) q[2];
rx(pi*0.065316895076) q[3];
rx(pi*0.047622616498) q[4];
rx(pi*0.002612318795) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.09591596706) q[0];
rx(pi*0.112140170741) q[1];
rx(pi*0.1023812344) q[2];
rx(pi*0.051605432613) q[3];
rx(pi*0.042642654427) q[4];
rx(pi*0.001297305053) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.108110321185) q[0];
rx(pi*0.065578467605) q[1];
rx(pi*0.038153047762) q[2];
rx(pi*0.070873495868) q[3];
rx(pi*0.043429606056) q[4];
rx(pi*0.00013903551) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
