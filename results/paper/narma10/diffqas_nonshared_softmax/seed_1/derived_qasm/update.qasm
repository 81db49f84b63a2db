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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.095033753264) q[0];
rx(pi*-0.061922926645) q[1];
rx(pi*0.003752474803) q[2];
rx(pi*-0.001771063309) q[3];
rx(pi*-1.193005e-06) q[4];
rx(pi*0.006157509215) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.154436914032) q[0];
rx(pi*-0.069604617475) q[1];
rx(pi*0.000555710557) q[2];
rx(pi*0.006762762989) q[3];
rx(pi*0.003433072746) q[4];
rx(pi*0.003323093063) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.026505445537) q[0];
rx(pi*-0.065543609924) q[1];
rx(pi*0.005168877278) q[2];
rx(pi*-0.002480754944) q[3];
rx(pi*0.005707086105) q[4];
rx(pi*0.001896379048) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.168408862834) q[0];
rx(pi*-0.058283337023) q[1];
rx(pi*-0.001409782765) q[2];
rx(pi*-0.001834202093) q[3];
rx(pi*0.001928542599) q[4];
rx(pi*0.001118070173) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.056440087153) q[0];
rx(pi*-0.059723937756) q[1];
rx(pi*0.000977836443) q[2];
rx(pi*-0.001669404066) q[3];
rx(pi*0.003556588298) q[4];
rx(pi*-0.000829435761) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
