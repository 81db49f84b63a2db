// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.097844328676) q[0];
rx(pi*0.058481706587) q[1];
rx(pi*0.004379599709) q[2];
rx(pi*-0.088830547001) q[3];
rx(pi*0.001164130446) q[4];
rx(pi*0.000904053058) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.062124630669) q[0];
rx(pi*-0.025702997916) q[1];
rx(pi*0.074509732057) q[2];
rx(pi*-0.092135239167) q[3];
rx(pi*0.001269736762) q[4];
rx(pi*0.005733915349) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.154524349939) q[0];
rx(pi*0.129291771816) q[1];
rx(pi*-0.00045759529) q[2];
rx(pi*-0.087553017035) q[3];
rx(pi*-0.000253963142) q[4];
rx(pi*0.004215531984) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.070559145898) q[0];
rx(pi*0.062868945791) q[1];
rx(pi*0.081314521461) q[2];
rx(pi*-0.094820860063) q[3];
rx(pi*0.000985465785) q[4];
rx(pi*0.003869898621) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.109932387983) q[0];
rx(pi*0.061694039417) q[1];
rx(pi*0.008506714834) q[2];
rx(pi*-0.090257999619) q[3];
rx(pi*-0.000398461571) q[4];
rx(pi*-0.00245434903) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
