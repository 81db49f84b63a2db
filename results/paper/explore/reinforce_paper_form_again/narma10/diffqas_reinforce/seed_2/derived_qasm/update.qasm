// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013062447453) q[0];
ry(pi*-0.00796783366) q[1];
ry(pi*0.007221435094) q[2];
ry(pi*-0.004611283638) q[3];
ry(pi*0.002100191567) q[4];
ry(pi*-0.003277036125) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.114240340074) q[0];
ry(pi*0.009730851931) q[1];
ry(pi*0.008404017723) q[2];
ry(pi*0.499575897112) q[3];
ry(pi*0.095606331817) q[4];
ry(pi*-0.002971458383) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.04958797023) q[0];
ry(pi*-0.004113931437) q[1];
ry(pi*0.04458614681) q[2];
ry(pi*-0.043827782368) q[3];
ry(pi*0.004501248817) q[4];
ry(pi*0.009510026935) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014014292418) q[0];
ry(pi*0.033687251896) q[1];
ry(pi*0.022946632388) q[2];
ry(pi*-0.026973652633) q[3];
ry(pi*0.417304788685) q[4];
ry(pi*-0.020985089807) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001616182247) q[0];
ry(pi*0.05313690332) q[1];
ry(pi*-0.000875879269) q[2];
ry(pi*-0.011943586576) q[3];
ry(pi*-0.045752387381) q[4];
ry(pi*0.000158103853) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
