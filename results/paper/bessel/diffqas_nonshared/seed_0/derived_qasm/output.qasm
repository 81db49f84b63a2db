// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.306370241196) q[0];
ry(pi*0.039978856934) q[1];
ry(pi*0.05160487766) q[2];
ry(pi*-0.066096812558) q[3];
ry(pi*-0.122585066775) q[4];
ry(pi*-0.019643867141) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.346133876024) q[0];
ry(pi*-0.363757926976) q[1];
ry(pi*-0.171086069316) q[2];
ry(pi*-0.035151487929) q[3];
ry(pi*0.038176635631) q[4];
ry(pi*-0.356332714492) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.021948262688) q[0];
ry(pi*0.053203070778) q[1];
ry(pi*-0.045183660296) q[2];
ry(pi*0.250987804093) q[3];
ry(pi*-0.01276494884) q[4];
ry(pi*0.081002448221) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.057785824147) q[0];
ry(pi*-0.087615940153) q[1];
ry(pi*0.092919411289) q[2];
ry(pi*-0.067521177362) q[3];
ry(pi*-0.119843722919) q[4];
ry(pi*0.040687977609) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.07165236985) q[0];
ry(pi*-0.127893764902) q[1];
ry(pi*-0.067756975414) q[2];
ry(pi*-0.110875712998) q[3];
ry(pi*-0.241540893561) q[4];
ry(pi*-0.000156271056) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
