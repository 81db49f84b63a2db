// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.00056491486) q[0];
rx(pi*0.004924482793) q[1];
rx(pi*-0.001366754055) q[2];
rx(pi*-0.002341115966) q[3];
rx(pi*0.000795091605) q[4];
rx(pi*0.003283216794) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000297108875) q[0];
rx(pi*-0.00183796596) q[1];
rx(pi*-0.004283920142) q[2];
rx(pi*-0.004461177484) q[3];
rx(pi*0.001600089207) q[4];
rx(pi*0.0031503542) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000324549119) q[0];
rx(pi*-0.003360845274) q[1];
rx(pi*0.002788520185) q[2];
rx(pi*-0.004075620124) q[3];
rx(pi*-0.00226976628) q[4];
rx(pi*0.001976760948) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.004334187844) q[0];
rx(pi*0.001213150245) q[1];
rx(pi*-0.001869617098) q[2];
rx(pi*0.000347848098) q[3];
rx(pi*-0.000240965402) q[4];
rx(pi*0.000643350014) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001364788449) q[0];
rx(pi*-0.002372530389) q[1];
rx(pi*0.004533948051) q[2];
rx(pi*0.002311228256) q[3];
rx(pi*0.002685684335) q[4];
rx(pi*0.003707877284) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
