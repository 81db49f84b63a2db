// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.138235523653) q[0];
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
rx(pi*-0.499982141585) q[0];
rx(pi*0.249993916705) q[1];
rx(pi*0.249634345191) q[2];
rx(pi*0.249914648565) q[3];
rx(pi*-6.05146e-07) q[4];
rx(pi*-0.270986256473) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.029753034475) q[0];
rx(pi*-0.249974507584) q[1];
rx(pi*-0.250009550249) q[2];
rx(pi*-0.004194770758) q[3];
rx(pi*9.507546e-06) q[4];
rx(pi*3.9469453e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.001574486966) q[0];
rx(pi*-0.249566479672) q[1];
rx(pi*-2.3338467e-05) q[2];
rx(pi*-0.249995339661) q[3];
rx(pi*1.2253887e-05) q[4];
rx(pi*0.249987029597) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.500072679537) q[0];
rx(pi*-2.42455e-07) q[1];
rx(pi*5.0537929e-05) q[2];
rx(pi*-0.004272317417) q[3];
rx(pi*0.004420152475) q[4];
rx(pi*0.112539034816) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.154260467478) q[0];
rx(pi*0.249999987984) q[1];
rx(pi*1.019682e-06) q[2];
rx(pi*0.089782115675) q[3];
rx(pi*0.000917357994) q[4];
rx(pi*-0.00069805519) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
