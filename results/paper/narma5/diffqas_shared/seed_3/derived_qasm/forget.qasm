// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.095533827462) q[0];
ry(pi*0.019732899131) q[1];
ry(pi*0.037793900763) q[2];
ry(pi*-0.006400438055) q[3];
ry(pi*-0.055659728554) q[4];
ry(pi*0.017693696351) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.187317672369) q[0];
ry(pi*0.096666272826) q[1];
ry(pi*-0.022095849321) q[2];
ry(pi*0.103827991789) q[3];
ry(pi*-0.007938971961) q[4];
ry(pi*0.02559105159) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.083612310934) q[0];
ry(pi*0.00835415497) q[1];
ry(pi*0.106073188806) q[2];
ry(pi*-0.003808829792) q[3];
ry(pi*-0.02420214448) q[4];
ry(pi*0.016459806077) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.14929884731) q[0];
ry(pi*0.098538883024) q[1];
ry(pi*0.002309532122) q[2];
ry(pi*-0.024759912432) q[3];
ry(pi*-0.044481407756) q[4];
ry(pi*-0.020167698776) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.074710539619) q[0];
ry(pi*-0.013773924306) q[1];
ry(pi*0.055867043768) q[2];
ry(pi*-0.002283398496) q[3];
ry(pi*-0.013964118987) q[4];
ry(pi*0.003190469703) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
